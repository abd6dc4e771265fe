window.YTD.deleted_tweets.part0 = [
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000011"
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
      "50"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000011",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000011",
    "created_at" : "Thu Feb 14 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Home landline is 0115 496 0733 if my mobile is off",
    "lang" : "en"
  }
]