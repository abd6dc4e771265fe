window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "4400000001",
      "emailChange" : {
        "changedAt" : "2021-03-02T10:11:12.000Z",
        "changedTo" : "jo.marsh@example.com"
      }
    }
  }
]