import JourneyModel

/// The customer feedback about one stage: its items, the newest first, and how many came
/// through each channel.
public struct StageFeedback: Sendable, Hashable {
    /// Newest first; undated items last, in file and row order.
    public var items: [FeedbackItem]

    public init(_ items: [FeedbackItem]) {
        self.items = items.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Items per channel, the busiest channel first, then by name.
    public var channels: [(channel: String, count: Int)] {
        Dictionary(grouping: items, by: \.channel).map { ($0.key, $0.value.count) }
            .sorted { ($1.count, $0.channel) < ($0.count, $1.channel) }
    }
}
