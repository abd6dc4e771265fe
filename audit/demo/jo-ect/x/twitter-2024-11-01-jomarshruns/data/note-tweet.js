window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "91100000000000000012",
      "tweetId" : "1100000000000000012",
      "createdAt" : "2024-10-25T16:00:00.000Z",
      "noteTweetResults" : {
        "text" : "A long one about the first half term as an ECT. A long one about the first half term as an ECT. A long one about the first half term as an ECT. A long one about the first half term as an ECT. If any Year 4 parents need me urgently the landline is (0113) 496 0457.",
        "entitySet" : {
          "hashtags" : [],
          "urls" : []
        }
      }
    }
  }
]