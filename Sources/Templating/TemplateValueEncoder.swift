/// A value that stands for itself in a template's value tree, rather than being encoded field by
/// field: `TemplateValue` itself, and types such as an HTML fragment that must not be escaped.
public protocol TemplateValueRepresentable {
    /// The value as the template sees it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueRepresentable, Encodable {
    public var templateValue: TemplateValue { self }

    /// Encodes nothing: a `TemplateValue` is only ever put into a tree by `TemplateValue(encoding:)`.
    public func encode(to encoder: any Encoder) throws {}
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
private final class Slot: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private var leaf: TemplateValue = .null
    private var pairs: [(String, Slot)]?
    private var items: [Slot]?

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

    /// A new slot for the value under `key`.
    func child(_ key: String) -> Slot {
        let child = Slot()
        pairs?.append((key, child))
        return child
    }

    /// A new slot for the list's next item.
    func nextItem() -> Slot {
        let item = Slot()
        items?.append(item)
        return item
    }

    var itemCount: Int { items?.count ?? 0 }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { slot.child(key.stringValue).set(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) { slot.child(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { slot.child(key.stringValue).set(.number(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { slot.child(key.stringValue).set(.number(Double(value))) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { try slot.child(key.stringValue).encode(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { slot.child(key.stringValue).set(value.map(TemplateValue.bool) ?? .null) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { slot.child(key.stringValue).set(value.map(TemplateValue.string) ?? .null) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { slot.child(key.stringValue).set(value.map(TemplateValue.number) ?? .null) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
        slot.child(key.stringValue).set(value.map { .number(Double($0)) } ?? .null)
    }
    mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
        let child = slot.child(key.stringValue)
        if let value { try child.encode(value) }
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

    mutating func encodeNil() { slot.nextItem().set(.null) }
    mutating func encode(_ value: Bool) { slot.nextItem().set(.bool(value)) }
    mutating func encode(_ value: String) { slot.nextItem().set(.string(value)) }
    mutating func encode(_ value: Double) { slot.nextItem().set(.number(value)) }
    mutating func encode(_ value: Int) { slot.nextItem().set(.number(Double(value))) }
    mutating func encode(_ value: some Encodable) throws { try slot.nextItem().encode(value) }

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
