Grailbird.data.tweets_2014_09 = 
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
  "id_str": "1200000000000000002",
  "text": "5-a-side Thursday, confirm with me on sam.okafor.footy@example.net",
  "id": 1200000000000000002,
  "created_at": "2014-09-02 19:05:00 +0000",
  "user": {
   "name": "Sam Okafor",
   "screen_name": "SamOkaforFC",
   "protected": false,
   "id_str": "4400000002",
   "profile_image_url_https": "https://pbs.twimg.com/p/a.jpg",
   "id": 4400000002,
   "verified": false
  }
 },
 {
  "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities": {
   "user_mentions": [],
   "media": [],
   "hashtags": [],
   "urls": []
  },
  "geo": {},
  "id_str": "1200000000000000003",
  "text": "Lost 3-1 on Saturday, the 07:45 kick-off is a crime",
  "id": 1200000000000000003,
  "created_at": "2014-09-08 19:05:00 +0000",
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