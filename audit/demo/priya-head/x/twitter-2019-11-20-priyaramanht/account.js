window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "priya.raman@example.com",
      "createdVia" : "web",
      "username" : "PriyaRamanHT",
      "accountId" : "4400000003",
      "createdAt" : "2015-09-01T08:00:00.000Z",
      "accountDisplayName" : "Priya Raman"
    }
  }
]