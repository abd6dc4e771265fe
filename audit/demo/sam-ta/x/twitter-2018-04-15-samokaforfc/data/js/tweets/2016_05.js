Grailbird.data.tweets_2016_05 = 
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
  "id_str": "1200000000000000005",
  "text": "We've moved! New address is 27 Wrenfield Road, Eastholme BD99 9ZZ, housewarming Sat",
  "id": 1200000000000000005,
  "created_at": "2016-05-14 19:05:00 +0000",
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