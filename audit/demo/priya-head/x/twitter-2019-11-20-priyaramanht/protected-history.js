window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2019-09-01T08:00:00.000Z",
      "action" : "Unprotect"
    }
  }
]