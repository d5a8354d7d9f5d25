import JourneyModel

/// Seeded mutations of valid inputs: bit flips, odd bytes, spliced fragments of the syntax,
/// deletions, repeats, truncations, pieces of other seeds and random bytes. The same seed always
/// gives the same inputs, so a failure can be replayed from its seed.
public struct Mutator {
    private var random: SeededRandom
    private let seeds: [[UInt8]]
    private let fragments: [[UInt8]]

    /// Bytes that mean something to YAML, Markdown, Mermaid or UTF-8.
    private static let interestingBytes: [UInt8] = [
        0x00, 0x07, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x23, 0x26, 0x27, 0x2A, 0x2C, 0x2D, 0x3A, 0x3E, 0x3F, 0x5B, 0x5D, 0x7B, 0x7C,
        0x7D, 0x7F, 0x80, 0xC3, 0xEF, 0xFE, 0xFF,
    ]

    public init(seed: UInt64, seeds: [[UInt8]], fragments: [[UInt8]]) {
        random = SeededRandom(seed: seed)
        self.seeds = seeds
        self.fragments = fragments
    }

    public init(seed: UInt64, target: FuzzTarget) {
        self.init(seed: seed, seeds: target.seeds, fragments: target.fragments)
    }

    /// The next input: a seed with one to four mutations.
    public mutating func next() -> [UInt8] {
        var input = pick(seeds)
        for _ in 0..<Int.random(in: 1...4, using: &random) { mutate(&input) }
        return input
    }

    private mutating func mutate(_ input: inout [UInt8]) {
        let position = Int.random(in: 0...input.count, using: &random)
        let length = Int.random(in: 1...32, using: &random)
        let range = position..<min(input.count, position + length)
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where position < input.count:
            input[position] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 1 where position < input.count:
            input[position] = pick(Self.interestingBytes)
        case 2:
            input.insert(contentsOf: pick(fragments), at: position)
        case 3:
            input.removeSubrange(range)
        case 4:
            let repeats = Int.random(in: 2...80, using: &random)
            input.insert(contentsOf: Array(repeating: Array(input[range]), count: repeats).joined(), at: position)
        case 5:
            input.removeSubrange(position...)
        case 6:
            let other = pick(seeds)
            let start = Int.random(in: 0...other.count, using: &random)
            input.insert(contentsOf: other[start..<min(other.count, start + length * 4)], at: position)
        default:
            input.insert(contentsOf: (0..<length / 4 + 1).map { _ in UInt8.random(in: 0...255, using: &random) }, at: position)
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
}
