window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2222222222"
    }
  }
]