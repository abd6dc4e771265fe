window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Headteacher @HollinsbrookJS | mum of two | curry and cricket | views my own",
        "website" : "",
        "location" : "Wetherfold"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg"
    }
  }
]