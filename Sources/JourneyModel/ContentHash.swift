/// A fast 64-bit fingerprint of bytes (FNV-1a), to notice that files changed: not a security hash.
public struct ContentHash: Sendable, Hashable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// Adds bytes to the fingerprint; contiguous bytes (arrays, slices, UTF-8 of native
    /// strings) in one tight loop, since this generic function is not specialized for callers
    /// in other modules.
    public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ add(contiguous: $0) }) != nil { return }
        for byte in bytes { add(byte) }
    }

    private mutating func add(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { add(byte) }
    }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    /// Adds a text, followed by a separator so that "ab"+"c" and "a"+"bc" differ.
    public mutating func add(_ text: String) {
        add(text.utf8)
        add(CollectionOfOne(0))
    }

    /// The fingerprint of some bytes.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.value
    }
}
