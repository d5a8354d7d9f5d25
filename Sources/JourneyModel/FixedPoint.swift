/// Numbers written with a fixed number of decimals, fast and the same on every platform.
///
/// `String(format:)` goes through Foundation and dominates the time of chart-heavy pages on
/// Linux; charts write thousands of coordinates, so they use this instead.
public enum FixedPoint {
    /// `value` rounded half away from zero to `digits` decimals (0…6), trailing zeros kept:
    /// `format(2.25, digits: 1)` is `"2.3"`, `format(-0.04, digits: 1)` is `"-0.0"`.
    public static func format(_ value: Double, digits: Int) -> String {
        format(value, digits: digits, droppingZeroFraction: false)
    }

    /// `value` as `format` writes it, but a fraction of zeros is left out, and so is the sign of
    /// a value that rounds to zero: `2.0` is `"2"`, `-0.04` with one digit is `"0"`.
    public static func compact(_ value: Double, digits: Int) -> String {
        format(value, digits: digits, droppingZeroFraction: true)
    }

    private static func format(_ value: Double, digits: Int, droppingZeroFraction: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = UInt64(scaled)
        let (whole, fraction) = units.quotientAndRemainder(dividingBy: scale)
        let shownDigits = droppingZeroFraction && fraction == 0 ? 0 : digits
        let negative = value < 0 && !(droppingZeroFraction && units == 0)
        // Written back to front: the fraction's digits, the point, the whole part's, the sign.
        return String(unsafeUninitializedCapacity: 32) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var rest = fraction
            for _ in 0..<shownDigits {
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            }
            if shownDigits > 0 { put(UInt8(ascii: ".")) }
            rest = whole
            repeat {
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            let count = buffer.count - end
            for index in 0..<count { buffer[index] = buffer[end + index] }
            return count
        }
    }
}
