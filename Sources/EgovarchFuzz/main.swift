import Foundation

// SwiftPM links an executable target's own entry point as `main`, so libFuzzer's `main` never
// runs: this one hands over to libFuzzer's driver (FuzzEntryPoint.swift).
exit(runFuzzer())
