window.YTD.tweet.part0 = [
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000001"
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
      "78"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000001",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000001",
    "created_at" : "Fri Jul 20 19:05:00 +0000 2018",
    "favorited" : false,
    "full_text" : "Parents: over the summer you can ring my mobile on 07700 900734 if it's urgent",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000002"
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
      "78"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000002",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000002",
    "created_at" : "Mon Sep 10 19:05:00 +0000 2018",
    "favorited" : false,
    "full_text" : "This week please e-mail me directly at priya.raman@example.com, not the office",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000003"
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
      "69"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000003",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000003",
    "created_at" : "Mon Sep 03 19:05:00 +0000 2018",
    "favorited" : false,
    "full_text" : "Proud to be the new headteacher of Hollinsbrook C of E Junior School!",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000004"
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
      "80"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000004",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000004",
    "created_at" : "Sat Dec 01 19:05:00 +0000 2018",
    "favorited" : false,
    "full_text" : "PTA Christmas cards can be dropped at our house, 4 Meadowsweet Close, Wetherfold",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000005"
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
      "74"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000005",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000005",
    "created_at" : "Thu Jan 31 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Snow day: school closed, updates on the website and 0115 496 0100 from 8am",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000006"
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
      "54"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000006",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000006",
    "created_at" : "Tue Mar 12 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Ofsted are in tomorrow. Proud of every one of my staff",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000007"
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
      "60"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000007",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000007",
    "created_at" : "Thu May 02 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "My daughter's Year 2 teacher is a saint, thank you Mrs Ahmed",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000008"
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
    "id_str" : "1300000000000000008",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000008",
    "created_at" : "Tue Jul 09 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Sports day results: Kestrels 214, Merlins 198, Falcons 176",
    "lang" : "en"
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000009"
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
      "urls" : [],
      "media" : [
        {
          "id_str" : "13000000000000000090",
          "id" : "13000000000000000090",
          "type" : "photo",
          "url" : "https://t.co/AbCdEf",
          "media_url" : "http://pbs.twimg.com/media/G7hJkLmNoPq.jpg",
          "media_url_https" : "https://pbs.twimg.com/media/G7hJkLmNoPq.jpg",
          "display_url" : "pic.twitter.com/AbCdEf",
          "indices" : [
            "60",
            "83"
          ],
          "sizes" : {
            "large" : {
              "w" : "64",
              "h" : "48",
              "resize" : "fit"
            }
          },
          "media_alt" : "Our garden table"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "35"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000009",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000009",
    "created_at" : "Sun Aug 04 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Sunday roast in the garden, finally",
    "lang" : "en",
    "extended_entities" : {
      "media" : [
        {
          "id_str" : "13000000000000000090",
          "id" : "13000000000000000090",
          "type" : "photo",
          "url" : "https://t.co/AbCdEf",
          "media_url" : "http://pbs.twimg.com/media/G7hJkLmNoPq.jpg",
          "media_url_https" : "https://pbs.twimg.com/media/G7hJkLmNoPq.jpg",
          "display_url" : "pic.twitter.com/AbCdEf",
          "indices" : [
            "60",
            "83"
          ],
          "sizes" : {
            "large" : {
              "w" : "64",
              "h" : "48",
              "resize" : "fit"
            }
          },
          "media_alt" : "Our garden table"
        }
      ]
    }
  },
  {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1300000000000000010"
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
      "60"
    ],
    "favorite_count" : "2",
    "id_str" : "1300000000000000010",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1300000000000000010",
    "created_at" : "Wed Oct 02 19:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Invoice 2019/0442 paid, ref HB-118822. Head to the bank done",
    "lang" : "en"
  }
]