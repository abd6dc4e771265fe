Grailbird.data.tweets_2018_03 = 
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
  "id_str": "1200000000000000010",
  "text": "If the Rovers lot lose my number again it's 07700 900613, ring after 6",
  "id": 1200000000000000010,
  "created_at": "2018-03-30 19:05:00 +0000",
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