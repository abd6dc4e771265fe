window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jo.marsh@example.com",
      "createdVia" : "web",
      "username" : "JoMarshRuns",
      "accountId" : "4400000001",
      "createdAt" : "2015-09-01T08:00:00.000Z",
      "accountDisplayName" : "Jo Marsh"
    }
  }
]