// placeholder: being written by the decoder work
