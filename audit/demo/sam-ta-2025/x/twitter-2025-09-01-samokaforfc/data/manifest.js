window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "4400000002",
    "userName": "SamOkaforFC",
    "displayName": "Sam Okafor"
  },
  "archiveInfo": {
    "sizeBytes": "1024",
    "generationDate": "2024-05-01T10:00:00.000Z",
    "isPartialArchive": false
  },
  "readmeInfo": {
    "fileName": "data/README.txt",
    "directory": "data/",
    "name": "README.txt"
  },
  "dataTypes": {
    "account": {
      "files": [
        {
          "fileName": "data/account.js",
          "globalName": "YTD.account.part0",
          "count": "1"
        }
      ]
    },
    "deleted_tweets": {
      "files": [
        {
          "fileName": "data/deleted-tweets.js",
          "globalName": "YTD.deleted_tweets.part0",
          "count": "1"
        }
      ]
    },
    "direct_messages": {
      "files": [
        {
          "fileName": "data/direct-messages.js",
          "globalName": "YTD.direct_messages.part0",
          "count": "1"
        }
      ]
    },
    "email_address_change": {
      "files": [
        {
          "fileName": "data/email-address-change.js",
          "globalName": "YTD.email_address_change.part0",
          "count": "1"
        }
      ]
    },
    "follower": {
      "files": [
        {
          "fileName": "data/follower.js",
          "globalName": "YTD.follower.part0",
          "count": "1"
        }
      ]
    },
    "note_tweet": {
      "files": [
        {
          "fileName": "data/note-tweet.js",
          "globalName": "YTD.note_tweet.part0",
          "count": "1"
        }
      ]
    },
    "phone_number": {
      "files": [
        {
          "fileName": "data/phone-number.js",
          "globalName": "YTD.phone_number.part0",
          "count": "1"
        }
      ]
    },
    "profile": {
      "files": [
        {
          "fileName": "data/profile.js",
          "globalName": "YTD.profile.part0",
          "count": "1"
        }
      ]
    },
    "protected_history": {
      "files": [
        {
          "fileName": "data/protected-history.js",
          "globalName": "YTD.protected_history.part0",
          "count": "1"
        }
      ]
    },
    "screen_name_change": {
      "files": [
        {
          "fileName": "data/screen-name-change.js",
          "globalName": "YTD.screen_name_change.part0",
          "count": "1"
        }
      ]
    },
    "tweets": {
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "1"
        }
      ],
      "mediaDirectory": "data/tweets_media"
    }
  }
}