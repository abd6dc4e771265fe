window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Year 4 teacher at St Aidan's | fell runner | tea > coffee",
        "website" : "https://t.co/Jm1",
        "location" : "Brackenford"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg"
    }
  }
]