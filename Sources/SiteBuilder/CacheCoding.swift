import JourneyModel
import SiteWriter

/// A value that can be kept in a cache file of journeymap's own binary format: its fields are
/// written one after the other, and read back in the same order.
///
/// The format has no field names and no versions of its own: a file holds the format name of
/// the cache it belongs to, and a change of any written type must change that name. Reading
/// stops with `CacheReader.Damaged` at the first value that does not fit, and the cache is then
/// ignored.
protocol CacheCodable {
    func write(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws
}

/// Appends values to the bytes of a cache file.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write<Value: CacheCodable>(_ value: Value) { value.write(to: &self) }

    /// A count or an integer, 7 bits a byte (small numbers take one byte).
    mutating func writeInteger(_ value: Int64) {
        var rest = UInt64(bitPattern: value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func writeBytes<Bytes: Collection>(_ value: Bytes) where Bytes.Element == UInt8 {
        writeInteger(Int64(value.count))
        appendRaw(value)
    }

    /// Bytes as they are, without a count.
    mutating func appendRaw<Bytes: Collection>(_ value: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: value)
    }
}

/// Reads values back from the bytes of a cache file, checking every length against them.
struct CacheReader {
    /// The bytes end early, or hold a value its type cannot take.
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    /// Where the values end: bytes after it (a checksum) are not read as values.
    private let end: Int

    init(_ bytes: [UInt8], end: Int? = nil) {
        self.bytes = bytes
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    mutating func read<Value: CacheCodable>(_: Value.Type = Value.self) throws -> Value { try Value(from: &self) }

    mutating func readInteger() throws -> Int64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int64(bitPattern: value) }
            shift += 7
        }
    }

    /// The most elements reserved ahead for a count read: a count is checked against the bytes
    /// left, but an element can take far more memory than its bytes, so a crafted count could
    /// otherwise ask for gigabytes.
    static let reservationLimit = 4096

    /// A count of things that follow, which cannot exceed the bytes left.
    mutating func readCount() throws -> Int {
        let count = try readInteger()
        guard count >= 0, count <= end - offset else { throw Damaged() }
        return Int(count)
    }

    mutating func readBytes() throws -> ArraySlice<UInt8> {
        let count = try readCount()
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
}

extension String: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeBytes(utf8) }
    init(from reader: inout CacheReader) throws { self = String(decoding: try reader.readBytes(), as: UTF8.self) }
}

extension Int: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeInteger(Int64(self)) }
    init(from reader: inout CacheReader) throws { self = Int(try reader.readInteger()) }
}

extension Int64: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeInteger(self) }
    init(from reader: inout CacheReader) throws { self = try reader.readInteger() }
}

extension UInt64: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeInteger(Int64(bitPattern: self)) }
    init(from reader: inout CacheReader) throws { self = UInt64(bitPattern: try reader.readInteger()) }
}

extension Double: CacheCodable {
    /// The exact bits, so that a value read back is the value written.
    func write(to writer: inout CacheWriter) { writer.write(bitPattern) }
    init(from reader: inout CacheReader) throws { self = Double(bitPattern: try reader.read()) }
}

extension Bool: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeInteger(self ? 1 : 0) }
    init(from reader: inout CacheReader) throws {
        switch try reader.readInteger() {
        case 0: self = false
        case 1: self = true
        default: throw CacheReader.Damaged()
        }
    }
}

extension Optional: CacheCodable where Wrapped: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(self != nil)
        if let self { writer.write(self) }
    }

    init(from reader: inout CacheReader) throws {
        self = try reader.read(Bool.self) ? try reader.read(Wrapped.self) : nil
    }
}

extension Array: CacheCodable where Element: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeInteger(Int64(count))
        for element in self { writer.write(element) }
    }

    init(from reader: inout CacheReader) throws {
        let count = try reader.readCount()
        self = []
        reserveCapacity(Swift.min(count, CacheReader.reservationLimit))
        for _ in 0..<count { append(try reader.read(Element.self)) }
    }
}

/// Keys in sorted order, so the same dictionary always gives the same bytes.
extension Dictionary: CacheCodable where Key: CacheCodable & Comparable, Value: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeInteger(Int64(count))
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            writer.write(value)
        }
    }

    init(from reader: inout CacheReader) throws {
        let count = try reader.readCount()
        self = Dictionary(minimumCapacity: Swift.min(count, CacheReader.reservationLimit))
        for _ in 0..<count {
            let key = try reader.read(Key.self)
            self[key] = try reader.read(Value.self)
        }
    }
}

/// An enumeration kept by its raw text.
protocol CacheCodableByName: CacheCodable, RawRepresentable where RawValue == String {}

extension CacheCodableByName {
    func write(to writer: inout CacheWriter) { writer.write(rawValue) }
    init(from reader: inout CacheReader) throws {
        guard let value = Self(rawValue: try reader.read(String.self)) else { throw CacheReader.Damaged() }
        self = value
    }
}

/// A file journeymap keeps beside the site in the output folder: the name of its format, then
/// its values (see `CacheCodable`), then their checksum, 8 bytes little-endian.
enum CacheFile {
    /// Saves the file; `capacity`, an estimate of its size, spares the copies of a growing
    /// buffer (which for the stage memo made the peak memory of a build).
    static func save(_ name: String, format: String, to output: OutputFolder, capacity: Int = 0,
                     _ write: (inout CacheWriter) -> Void) throws {
        var writer = CacheWriter(capacity: capacity)
        writer.write(format)
        write(&writer)
        seal(&writer)
        try output.writeSidecar(name, writer.bytes)
    }

    /// Appends the checksum of the bytes written so far, as `reader` expects it at the end.
    static func seal(_ writer: inout CacheWriter) {
        let sum = checksum(writer.bytes[...])
        writer.appendRaw((0..<8).map { UInt8(truncatingIfNeeded: sum >> (8 * $0)) })
    }

    /// The file's values, past its format's name, when the checksum holds and the format is `format`.
    static func reader(_ name: String, format: String, in output: OutputFolder) -> CacheReader? {
        guard let bytes = output.readSidecar(name), bytes.count >= 8 else { return nil }
        let end = bytes.count - 8
        let stored = bytes[end...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard checksum(bytes[..<end]) == stored else { return nil }
        var reader = CacheReader(bytes, end: end)
        return (try? reader.read(String.self)) == format ? reader : nil
    }

    /// A 64-bit checksum that takes 8 bytes a step (the multiply and shifts of a fast hash's
    /// mixing), several times faster than `ContentHash` on the megabytes of the stage memo.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash = UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15
            var offset = 0
            while offset + 8 <= raw.count {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
                offset += 8
            }
            var last: UInt64 = 0
            for index in offset..<raw.count { last |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
            return mix(hash ^ last)
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 31
        return value &* 0x94D0_49BB_1331_11EB
    }
}
