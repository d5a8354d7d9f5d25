/// Numbers written with a fixed number of decimals, fast and the same on every platform.
///
/// `String(format:)` goes through Foundation and dominates the time of chart-heavy pages on
/// Linux; charts write thousands of coordinates, so they use this instead.
public enum FixedPoint {
    /// `value` rounded half away from zero to `digits` decimals (0…6), trailing zeros kept:
    /// `format(2.25, digits: 1)` is `"2.3"`, `format(-0.04, digits: 1)` is `"-0.0"`.
    public static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        var text = value < 0 ? "-" : ""
        text += String(units / scale)
        if digits > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }
}
