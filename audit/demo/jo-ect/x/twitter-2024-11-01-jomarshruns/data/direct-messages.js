window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "4400000001-2222222222",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "7700000001",
            "senderId" : "4400000001",
            "recipientId" : "2222222222",
            "text" : "my personal email is jo.m [at] example [dot] net",
            "createdAt" : "2023-01-05T10:00:00.000Z",
            "urls" : []
          }
        },
        {
          "messageCreate" : {
            "id" : "7700000002",
            "senderId" : "2222222222",
            "recipientId" : "2222222222",
            "text" : "mine is someone.else@example.org, not yours",
            "createdAt" : "2023-01-05T10:00:00.000Z",
            "urls" : []
          }
        }
      ]
    }
  }
]