window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000011"
          ],
          "editableUntil" : "2023-09-05T08:45:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000011",
      "created_at" : "Sat Feb 02 09:15:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Deleted: my other mobile is 07700 900458",
      "lang" : "en"
    }
  }
]