window.YTD.account.part0 = [
  {
    "account" : {
      "createdVia" : "web",
      "username" : "SamOkaforFC",
      "accountId" : "4400000002",
      "createdAt" : "2015-09-01T08:00:00.000Z",
      "accountDisplayName" : "Sam Okafor"
    }
  }
]