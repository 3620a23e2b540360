using System;
using Keygen;

// The SDK as it comes: built-in clients, nothing generated in this project.
using var keygen = new KeygenClient(new KeygenClientOptions { Account = "demo" });
Console.WriteLine(keygen.Licenses.GetType().FullName);
