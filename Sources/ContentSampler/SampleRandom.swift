import JourneyModel

/// The seeded choices a sample is made of.
struct SampleRandom {
    private var generator: SeededRandom

    init(seed: UInt64) { generator = SeededRandom(seed: seed) }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(generator.next() % UInt64(range.count))
    }

    /// One of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// A score on −2…2 in steps of 0.5, drifting from `previous` so curves look like journeys.
    mutating func score(after previous: Double) -> Double {
        min(2, max(-2, previous + Double(int(-3...3)) / 2))
    }
}
