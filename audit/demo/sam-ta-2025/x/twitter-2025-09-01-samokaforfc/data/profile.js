window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Teaching assistant at Marlowe Fields Primary | Eastholme Rovers left back | dad of one",
        "website" : "",
        "location" : "Eastholme"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg"
    }
  }
]