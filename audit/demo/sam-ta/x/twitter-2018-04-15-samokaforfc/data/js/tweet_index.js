var tweet_index = [
 {
  "file_name": "data/js/tweets/2013_04.js",
  "year": 2013,
  "var_name": "tweets_2013_04",
  "tweet_count": 1,
  "month": 4
 },
 {
  "file_name": "data/js/tweets/2014_09.js",
  "year": 2014,
  "var_name": "tweets_2014_09",
  "tweet_count": 2,
  "month": 9
 },
 {
  "file_name": "data/js/tweets/2015_02.js",
  "year": 2015,
  "var_name": "tweets_2015_02",
  "tweet_count": 1,
  "month": 2
 },
 {
  "file_name": "data/js/tweets/2016_05.js",
  "year": 2016,
  "var_name": "tweets_2016_05",
  "tweet_count": 1,
  "month": 5
 },
 {
  "file_name": "data/js/tweets/2017_07.js",
  "year": 2017,
  "var_name": "tweets_2017_07",
  "tweet_count": 1,
  "month": 7
 },
 {
  "file_name": "data/js/tweets/2017_11.js",
  "year": 2017,
  "var_name": "tweets_2017_11",
  "tweet_count": 1,
  "month": 11
 },
 {
  "file_name": "data/js/tweets/2018_01.js",
  "year": 2018,
  "var_name": "tweets_2018_01",
  "tweet_count": 1,
  "month": 1
 },
 {
  "file_name": "data/js/tweets/2018_02.js",
  "year": 2018,
  "var_name": "tweets_2018_02",
  "tweet_count": 1,
  "month": 2
 },
 {
  "file_name": "data/js/tweets/2018_03.js",
  "year": 2018,
  "var_name": "tweets_2018_03",
  "tweet_count": 1,
  "month": 3
 }
]