/// The vocabulary samples are written with: a fictional retailer's customer research.
enum SampleWords {
    static let stages = ["Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty", "Advocacy",
                         "Onboarding", "Adoption", "Retention", "Expansion", "Renewal"]
    static let firstNames = ["Ava", "Noah", "Lina", "Omar", "Chloé", "Hugo", "Maya", "Yann", "Inès", "Leo", "Sara", "Tom"]
    static let lastNames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"]
    static let roles = ["Working parent", "Retired regular", "Office manager", "Student", "Small business owner", "Event planner"]
    static let segments = ["Families", "Seniors", "Professionals", "Students", "Businesses"]
    static let products = ["celebration cake", "bread subscription", "catering box", "gift voucher", "pastry tray", "coffee plan"]
    static let channels = ["website", "app", "email", "sms", "shop", "phone", "social", "ads", "search", "delivery", "support"]
    static let touchpoints = ["Product page", "Checkout", "Order confirmation email", "Shop counter", "Courier delivery",
                              "Support chat", "Instagram post", "Search result", "Loyalty app", "Reminder SMS", "Phone line"]
    static let actions = ["Compares options", "Reads reviews", "Asks a friend", "Checks the price", "Creates an account",
                          "Chooses a time slot", "Pays online", "Waits for news", "Collects the order", "Leaves a review",
                          "Orders again", "Shares a photo", "Calls the shop", "Looks for a discount"]
    static let thoughts = ["Is it worth the price?", "Will it arrive on time?", "Why is this so hard?", "That was easy.",
                           "Can I trust them?", "I'd do this again.", "Nobody told me that."]
    static let feelings = ["Curious", "Hopeful", "Hesitant", "Annoyed", "Relieved", "Stressed", "Pleased", "Proud"]
    static let pains = ["Fees appear only at the last step", "No slot before Saturday", "Account creation is mandatory",
                        "The queue mixes walk-ins and orders", "No message when the order is ready", "The code expires too fast",
                        "Prices differ between shop and website", "The app logs out at checkout"]
    static let opportunities = ["Show the full price up front", "Offer guest checkout", "Send an SMS when ready",
                                "Add pickup lockers", "Extend code validity", "Align shop and web prices", "Keep sessions alive"]
    static let teams = ["Marketing", "Digital team", "Shop operations", "Customer care", "Logistics", "CRM"]
    static let sentences = [
        "Interviews with twelve customers show the same pattern at this stage.",
        "Analytics confirm that most visitors leave within the first minute.",
        "Customers who succeed describe the experience as **simple and reassuring**.",
        "Several respondents mention the lack of information about delivery times.",
        "The team observed customers in two shops on a busy Saturday morning.",
        "Support tickets about this step doubled after the last redesign.",
        "Competitors make this step visible from the home page.",
        "Returning customers are faster here, but first-timers hesitate.",
        "The survey shows a clear gap between expectations and reality.",
        "A quick fix would remove most of the friction reported here.",
    ]
}
