window.YTD.direct_message.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "4400000003-2222222222",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "7700000011",
            "senderId" : "4400000003",
            "recipientId" : "2222222222",
            "text" : "Of course, my personal one is priya.r [at] example [dot] org",
            "createdAt" : "2023-01-05T10:00:00.000Z",
            "urls" : []
          }
        }
      ]
    }
  }
]