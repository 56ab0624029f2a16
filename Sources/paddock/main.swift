import PaddockCore
print("paddock")
