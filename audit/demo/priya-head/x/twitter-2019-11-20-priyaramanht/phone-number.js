window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+447700900734"
    }
  }
]