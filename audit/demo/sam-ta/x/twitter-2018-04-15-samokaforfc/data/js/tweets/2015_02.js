Grailbird.data.tweets_2015_02 = 
[
 {
  "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities": {
   "user_mentions": [],
   "media": [],
   "hashtags": [],
   "urls": []
  },
  "geo": {},
  "id_str": "1200000000000000004",
  "text": "Order #07700900999 finally shipped, only took a month",
  "id": 1200000000000000004,
  "created_at": "2015-02-19 19:05:00 +0000",
  "user": {
   "name": "Sam Okafor",
   "screen_name": "SamOkaforFC",
   "protected": false,
   "id_str": "4400000002",
   "profile_image_url_https": "https://pbs.twimg.com/p/a.jpg",
   "id": 4400000002,
   "verified": false
  }
 }
]