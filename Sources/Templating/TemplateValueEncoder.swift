/// A value that stands for itself in a template's value tree, rather than being encoded field by
/// field: `TemplateValue` itself, and types such as an HTML fragment that must not be escaped.
public protocol TemplateValueRepresentable {
    /// The value as the template sees it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueRepresentable, Encodable {
    public var templateValue: TemplateValue { self }

    /// Spreads an object's keys into the object being made, when encoded by a view model's
    /// `encode(to:)` beside its own keys (`try site.encode(to: encoder)`), as a struct does; any
    /// other value, or any other encoder, encodes nothing.
    public func encode(to encoder: any Encoder) throws {
        guard case .object(let object) = self, let slot = encoder as? Slot else { return }
        slot.spread(object)
    }
}

extension TemplateValue {
    /// The value tree of a view model: a struct or keyed container becomes an object whose keys
    /// are its properties in the order encoded, an array a list, a string, number or flag itself,
    /// a `TemplateValueRepresentable` its `templateValue`. A nil optional is null under its key,
    /// not a missing key: a name the view model has never resolves to an outer context's value.
    public init(encoding value: some Encodable) {
        let slot = Slot()
        // The encoder never throws, and the values it takes (view models) throw only if their own
        // encode(to:) does; such a value becomes null.
        try? slot.encode(value)
        self = slot.value
    }
}

/// Where one value of the tree is made: a leaf, or an object or list filled in by a container.
/// Leaves (strings, numbers, flags, `TemplateValueRepresentable`s) are stored as they are; a
/// slot is made only for a nested value that encodes itself through a container.
final class Slot: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A value of an object or list: made already, or still being filled in.
    enum Entry {
        case value(TemplateValue)
        case slot(Slot)

        var value: TemplateValue {
            switch self {
            case .value(let value): value
            case .slot(let slot): slot.value
            }
        }
    }

    private var leaf: TemplateValue = .null
    private var pairs: [(String, Entry)]?
    private var items: [Entry]?

    /// The value made, with every nested slot turned into its value.
    var value: TemplateValue {
        if let pairs { return .object(TemplateObject(pairs.map { ($0.0, $0.1.value) })) }
        if let items { return .list(items.map(\.value)) }
        return leaf
    }

    func encode(_ value: some Encodable) throws {
        if let represented = value as? any TemplateValueRepresentable {
            leaf = represented.templateValue
        } else {
            try value.encode(to: self)
        }
    }

    /// `value` as an entry: itself when it stands for itself, else a slot it has filled in.
    static func entry(_ value: some Encodable) throws -> Entry {
        if let represented = value as? any TemplateValueRepresentable { return .value(represented.templateValue) }
        let slot = Slot()
        try value.encode(to: slot)
        return .slot(slot)
    }

    func set(_ value: TemplateValue) { leaf = value }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if pairs == nil { pairs = [] }
        return KeyedEncodingContainer(ObjectContainer<Key>(slot: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if items == nil { items = [] }
        return ListContainer(slot: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { ValueContainer(slot: self) }

    func add(_ key: String, _ entry: Entry) { pairs?.append((key, entry)) }

    /// Adds every key of `object`, in order.
    func spread(_ object: TemplateObject) {
        if pairs == nil { pairs = [] }
        pairs?.append(contentsOf: object.pairs.map { ($0.0, .value($0.1)) })
    }

    func add(_ key: String, _ value: TemplateValue) { pairs?.append((key, .value(value))) }

    /// A new slot for the value under `key`, for a container to fill in.
    func child(_ key: String) -> Slot {
        let child = Slot()
        pairs?.append((key, .slot(child)))
        return child
    }

    func append(_ entry: Entry) { items?.append(entry) }

    func append(_ value: TemplateValue) { items?.append(.value(value)) }

    /// A new slot for the list's next item, for a container to fill in.
    func nextItem() -> Slot {
        let item = Slot()
        items?.append(.slot(item))
        return item
    }

    var itemCount: Int { items?.count ?? 0 }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { slot.add(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) { slot.add(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) { slot.add(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { slot.add(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { slot.add(key.stringValue, .number(Double(value))) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { slot.add(key.stringValue, try Slot.entry(value)) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { slot.add(key.stringValue, value.map(TemplateValue.bool) ?? .null) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { slot.add(key.stringValue, value.map(TemplateValue.string) ?? .null) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { slot.add(key.stringValue, value.map(TemplateValue.number) ?? .null) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { slot.add(key.stringValue, value.map { .number(Double($0)) } ?? .null) }
    mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
        slot.add(key.stringValue, try value.map(Slot.entry) ?? .value(.null))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        slot.child(key.stringValue).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        slot.child(key.stringValue).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { slot.child("super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { slot.child(key.stringValue) }
}

private struct ListContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }
    var count: Int { slot.itemCount }

    mutating func encodeNil() { slot.append(.null) }
    mutating func encode(_ value: Bool) { slot.append(.bool(value)) }
    mutating func encode(_ value: String) { slot.append(.string(value)) }
    mutating func encode(_ value: Double) { slot.append(.number(value)) }
    mutating func encode(_ value: Int) { slot.append(.number(Double(value))) }
    mutating func encode(_ value: some Encodable) throws { slot.append(try Slot.entry(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        slot.nextItem().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { slot.nextItem().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { slot.nextItem() }
}

private struct ValueContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { slot.set(.null) }
    mutating func encode(_ value: Bool) { slot.set(.bool(value)) }
    mutating func encode(_ value: String) { slot.set(.string(value)) }
    mutating func encode(_ value: Double) { slot.set(.number(value)) }
    mutating func encode(_ value: Int) { slot.set(.number(Double(value))) }
    mutating func encode(_ value: some Encodable) throws { try slot.encode(value) }
}
