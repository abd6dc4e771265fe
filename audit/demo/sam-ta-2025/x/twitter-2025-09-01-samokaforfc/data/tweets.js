window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000001"
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
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000001",
      "created_at" : "Sat Apr 06 19:05:00 +0000 2013",
      "favorited" : false,
      "full_text" : "New mobile, old one went in the canal: 07700 900612. Text me lads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000002"
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
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000002",
      "created_at" : "Tue Sep 02 19:05:00 +0000 2014",
      "favorited" : false,
      "full_text" : "5-a-side Thursday, confirm with me on sam.okafor.footy@example.net",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000003"
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
        "51"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000003",
      "created_at" : "Mon Sep 08 19:05:00 +0000 2014",
      "favorited" : false,
      "full_text" : "Lost 3-1 on Saturday, the 07:45 kick-off is a crime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000004"
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
        "53"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000004",
      "created_at" : "Thu Feb 19 19:05:00 +0000 2015",
      "favorited" : false,
      "full_text" : "Order #07700900999 finally shipped, only took a month",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000006"
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
        "72"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000006",
      "created_at" : "Fri Jul 21 19:05:00 +0000 2017",
      "favorited" : false,
      "full_text" : "Starting as a teaching assistant at Marlowe Fields Primary in September!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000007"
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
        "106"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000007",
      "created_at" : "Fri Nov 03 19:05:00 +0000 2017",
      "favorited" : false,
      "full_text" : "Any Year 3 parents: absences go to the office on 0114 496 0300 or office@marlowefields.example.org, not me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000008"
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
        "57"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000008",
      "created_at" : "Fri Jan 12 19:05:00 +0000 2018",
      "favorited" : false,
      "full_text" : "My son's teacher sent home the best reading diary comment",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000009"
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
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000009",
      "created_at" : "Sat Feb 03 19:05:00 +0000 2018",
      "favorited" : false,
      "full_text" : "Head to the shops then straight to training, 10 Downing Street on the radio again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000010"
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
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000010",
      "created_at" : "Fri Mar 30 19:05:00 +0000 2018",
      "favorited" : false,
      "full_text" : "If the Rovers lot lose my number again it's 07700 900613, ring after 6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1200000000000000011"
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
        "58"
      ],
      "favorite_count" : "2",
      "id_str" : "1200000000000000011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1200000000000000011",
      "created_at" : "Thu Jun 12 19:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Year 4 trip parents: running late? Text me on 07700 900616",
      "lang" : "en"
    }
  }
]