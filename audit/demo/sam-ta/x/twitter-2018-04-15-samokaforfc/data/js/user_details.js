var user_details = {
 "screen_name": "SamOkaforFC",
 "location": "Eastholme",
 "full_name": "Sam Okafor",
 "bio": "Teaching assistant at Marlowe Fields Primary | Eastholme Rovers left back | dad of one",
 "id": "4400000002",
 "created_at": "2012-01-01 10:00:00 +0000"
}