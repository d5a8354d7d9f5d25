import JourneyAnalysis
import JourneyModel

/// A row of the journey map after the curve: which lane it is, in the order the site or the
/// journey sets (`lanes:`), and for a lane of the site's own, its title and cells.
struct MapLane: Encodable {
    let slot: LaneSlot?
    /// The title and each stage's cell of a lane of the site's own; nil for a built-in lane.
    var custom: CustomLaneRow?
    /// A lane of a service blueprint, or a line between its lanes.
    var blueprintLane: BlueprintRow?
    var blueprintLine: BlueprintLineView?

    init(slot: LaneSlot?, custom: CustomLaneRow? = nil) {
        self.slot = slot
        self.custom = custom
    }

    private enum Keys: String, CodingKey {
        case isFeeling, isActions, isThoughts, isTouchpoints, isSteps, isPainPoints, isOpportunities, isVerbatims, isFeedback, isChanges
        case custom, blueprintLane, blueprintLine
    }

    /// One flag per built-in lane, all given so that none is looked up in the page around it.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let flags: [(BuiltinLane, Keys)] = [(.feeling, .isFeeling), (.actions, .isActions), (.thoughts, .isThoughts),
                                            (.touchpoints, .isTouchpoints), (.steps, .isSteps), (.painPoints, .isPainPoints),
                                            (.opportunities, .isOpportunities), (.verbatims, .isVerbatims), (.feedback, .isFeedback),
                                            (.changes, .isChanges)]
        for (lane, key) in flags { try container.encode(slot == .builtin(lane), forKey: key) }
        try container.encode(custom, forKey: .custom)
        try container.encode(blueprintLane, forKey: .blueprintLane)
        try container.encode(blueprintLine, forKey: .blueprintLine)
    }
}

/// A lane of a service blueprint on the map: its key, title and each stage's items.
struct BlueprintRow: Encodable {
    let key: String
    let title: String
    let cells: [BlueprintCell]
}

/// A stage's items in a blueprint lane.
struct BlueprintCell: Encodable {
    let items: [Item]

    struct Item: Encodable {
        let text: String
        let owner: String?
        /// The customer action or touchpoint it serves, drawn as a connector to it.
        let serves: String?
    }
}

/// A line of a service blueprint between two of its lanes.
struct BlueprintLineView: Encodable {
    /// `interaction`, `visibility` or `internal-interaction`.
    let key: String
    let label: String
}

/// A blueprint lane on a stage's page.
struct BlueprintBox: Encodable {
    let key: String
    let title: String
    let items: [BlueprintCell.Item]
}

/// A lane of the site's own on the map: its key, its title in the page's language, and a cell per stage.
struct CustomLaneRow: Encodable {
    let key: String
    let title: String
    let cells: [LaneCell]
}

/// What a stage writes in a lane of the site's own, as its kind shows it: texts, items, one
/// text or a metric; the others empty.
struct LaneCell: Encodable {
    let texts: [String]
    let items: [Item]
    let text: String?
    /// The number in the page's language, with the lane's unit.
    let metric: String?

    struct Item: Encodable {
        let text: String
        let owner: String?
        /// The status in words, and its key (`in-progress`).
        let status: String?
        let statusKey: String?
    }
}

/// A lane of the site's own on a stage's page: its title and what the stage writes in it.
struct LaneBox: Encodable {
    let key: String
    let title: String
    let cell: LaneCell
}

extension PageContext {
    /// The rows of a journey's map after the curve, in its lanes' order, the empty ones left out;
    /// in a service blueprint, its lanes and lines around the customer's actions.
    func mapLanes(_ item: JourneyAnalysis, present: JourneyPageValues.Lanes) -> [MapLane] {
        let lanes = orderedLanes(item, present: present)
        guard item.journey.blueprint else { return lanes }
        let (above, below) = blueprintRows(item.journey)
        let actions = lanes.firstIndex { $0.slot == .builtin(.actions) }
        let at = actions ?? 0
        return Array(lanes[..<at]) + above + (actions.map { [lanes[$0]] } ?? []) + below + lanes[(actions.map { $0 + 1 } ?? 0)...]
    }

    /// The props above the customer's actions, and the other blueprint lanes with their lines below.
    private func blueprintRows(_ journey: Journey) -> (above: [MapLane], below: [MapLane]) {
        var above: [MapLane] = [], below: [MapLane] = []
        for lane in BlueprintLane.allCases {
            let cells = journey.stages.map { stage in BlueprintCell(items: (stage.blueprint[lane] ?? []).map(blueprintItem)) }
            // Props and systems show when a stage has some; the lanes between the lines always do.
            if lane.lineAbove == nil, cells.allSatisfy(\.items.isEmpty) { continue }
            if let line = lane.lineAbove {
                var row = MapLane(slot: nil)
                row.blueprintLine = BlueprintLineView(key: line.rawValue, label: strings["blueprint_line_\(line.rawValue)"])
                below.append(row)
            }
            var row = MapLane(slot: nil)
            row.blueprintLane = BlueprintRow(key: lane.rawValue, title: strings["blueprint_\(lane.rawValue)"], cells: cells)
            if lane == .props { above.append(row) } else { below.append(row) }
        }
        return (above, below)
    }

    /// The blueprint lanes a stage writes in, for its page.
    func blueprintBoxes(_ stage: Stage, in journey: Journey) -> [BlueprintBox] {
        guard journey.blueprint else { return [] }
        return BlueprintLane.allCases.compactMap { lane in
            stage.blueprint[lane].map { BlueprintBox(key: lane.rawValue, title: strings["blueprint_\(lane.rawValue)"], items: $0.map(blueprintItem)) }
        }
    }

    private func blueprintItem(_ item: BlueprintItem) -> BlueprintCell.Item {
        BlueprintCell.Item(text: item.text, owner: item.owner, serves: item.serves)
    }

    /// The lanes the site or the journey orders, those with nothing in them left out.
    private func orderedLanes(_ item: JourneyAnalysis, present: JourneyPageValues.Lanes) -> [MapLane] {
        let order = item.journey.laneOrder ?? site.laneOrder
        return order.compactMap { slot in
            switch slot {
            case .builtin(let lane):
                return present.has(lane) ? MapLane(slot: slot, custom: nil) : nil
            case .custom(let key):
                guard let lane = site.lanes.first(where: { $0.key == key }), item.journey.stages.contains(where: { $0.lanes[key] != nil }) else { return nil }
                return MapLane(slot: slot, custom: CustomLaneRow(key: key, title: lane.title(in: strings.language),
                                                                 cells: item.journey.stages.map { laneCell($0.lanes[key], unit: lane.unit) }))
            }
        }
    }

    /// The site's lanes a stage writes in, in the site's order, for its page.
    func laneBoxes(_ stage: Stage) -> [LaneBox] {
        site.lanes.compactMap { lane in
            stage.lanes[lane.key].map { LaneBox(key: lane.key, title: lane.title(in: strings.language), cell: laneCell($0, unit: lane.unit)) }
        }
    }

    private func laneCell(_ content: LaneContent?, unit: String?) -> LaneCell {
        var texts: [String] = [], items: [LaneCell.Item] = [], text: String?, metric: String?
        switch content {
        case .texts(let values): texts = values
        case .items(let values):
            items = values.map { LaneCell.Item(text: $0.text, owner: $0.owner, status: $0.status.map { strings["status_\($0.rawValue)"] },
                                               statusKey: $0.status?.rawValue) }
        case .text(let value): text = value
        case .metric(let value): metric = format.decimal(value, digits: 2) + (unit.map { " " + $0 } ?? "")
        case nil: break
        }
        return LaneCell(texts: texts, items: items, text: text, metric: metric)
    }
}
