window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000001"
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
      "id_str" : "1100000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000001",
      "created_at" : "Sun Mar 02 09:15:00 +0000 2014",
      "favorited" : false,
      "full_text" : "New number, old phone died: 07700 900456 - text me!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000002"
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
        "45"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000002",
      "created_at" : "Sat Jun 11 09:15:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Selling my bike, ring 07700-900-457 after 6pm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000003"
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
      "id_str" : "1100000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000003",
      "created_at" : "Thu Jul 20 09:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Parents asked how to reach me in the holidays: jo.marsh at example dot com",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000004"
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
      "id_str" : "1100000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000004",
      "created_at" : "Tue Aug 01 09:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Order #07700900555 arrived at last, only 3 weeks late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000005"
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
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000005",
      "created_at" : "Sun Sep 01 09:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Term starts 04/09/2024 at 08:45, lanyard ready",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000006"
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
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000006",
      "created_at" : "Sat Sep 07 09:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Parkrun PB 24:31 this morning, 3-0 to the legs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000007"
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
      "id_str" : "1100000000000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000007",
      "created_at" : "Mon Sep 09 09:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "School office number is 0113 496 0000 or office@staidans.example.org for absences",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000008"
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
        "urls" : [
          {
            "url" : "https://t.co/Ab1",
            "expanded_url" : "https://twitter.com/someone/status/1699999999999999999",
            "display_url" : "twitter.com/someone/status",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000008",
      "created_at" : "Thu Sep 12 09:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Brilliant thread https://t.co/Ab1 worth a read",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000009"
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
            "id_str" : "11000000000000000090",
            "id" : "11000000000000000090",
            "type" : "photo",
            "url" : "https://t.co/AbCdEf",
            "media_url" : "http://pbs.twimg.com/media/F5xYzAbCdEf.jpg",
            "media_url_https" : "https://pbs.twimg.com/media/F5xYzAbCdEf.jpg",
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
            "media_alt" : "Me at the summit cairn"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000009",
      "created_at" : "Sat Oct 05 09:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Post-run view from the top of the fell",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "id_str" : "11000000000000000090",
            "id" : "11000000000000000090",
            "type" : "photo",
            "url" : "https://t.co/AbCdEf",
            "media_url" : "http://pbs.twimg.com/media/F5xYzAbCdEf.jpg",
            "media_url_https" : "https://pbs.twimg.com/media/F5xYzAbCdEf.jpg",
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
            "media_alt" : "Me at the summit cairn"
          }
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "53.8008",
          "-1.5491"
        ]
      },
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-1.5491",
          "53.8008"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100000000000000010"
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
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1100000000000000010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1100000000000000010",
      "created_at" : "Sat May 14 09:15:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Our house number is 12 and the wifi is 'Larkspur'. Call me on +44 (0)1632 960412 if stuck",
      "lang" : "en"
    }
  }
]