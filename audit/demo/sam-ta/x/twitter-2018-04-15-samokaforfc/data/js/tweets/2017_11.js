Grailbird.data.tweets_2017_11 = 
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
  "id_str": "1200000000000000007",
  "text": "Any Year 3 parents: absences go to the office on 0114 496 0300 or office@marlowefields.example.org, not me",
  "id": 1200000000000000007,
  "created_at": "2017-11-03 19:05:00 +0000",
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