window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "4400000003",
      "emailChange" : {
        "changedAt" : "2019-01-07T09:00:00.000Z",
        "changedTo" : "priya.raman@example.com"
      }
    }
  }
]