#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// ln(1 + x), from the system's C library (the one place `Pith` imports it).
@inline(__always)
func logOnePlus(_ x: Double) -> Double { log1p(x) }

/// The logistic function 1 / (1 + e^-x).
@inline(__always)
func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
