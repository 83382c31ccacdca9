package io.darkroom.sample.world;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fictional company whose file share we generate, its staff, products, sales regions and
 * customers. Everything is invented; the seed only shuffles who is whose contact.
 */
public final class CompanyDirectory {
    public static final String COMPANY = "Kestrel Fluidtech GmbH";
    public static final String COMPANY_DOMAIN = "kestrel-fluidtech.example";
    public static final String COMPANY_ADDRESS = "Industriestrasse 14, 70565 Stuttgart, Germany";
    public static final List<String> REGIONS = List.of("North", "South", "East", "West");
    /** The bank named in every invoice's payment terms. */
    public static final String BANK = "Landesbank Stuttgart";

    private static final String[] FIRST = {"Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Laura", "Paul",
        "Emma", "David", "Clara", "Simon", "Julia", "Tobias", "Sarah", "Martin", "Elena", "Thomas", "Nina", "Oliver",
        "Hannah", "Daniel", "Lea", "Michael", "Katrin", "Stefan", "Isabel", "Marco", "Petra", "Henrik"};
    private static final String[] LAST = {"Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
        "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Werner",
        "Krause", "Lehmann", "Walter", "Jansen", "Dubois", "Rossi", "Novak", "Larsen", "Moreau", "Bianchi",
        "Kowalski", "Andersen", "Vermeer"};
    private static final String[] STAFF_ROLES = {"Key Account Manager", "Key Account Manager", "Key Account Manager",
        "Key Account Manager", "Sales Engineer", "Sales Engineer", "Support Engineer", "Support Engineer",
        "Support Lead", "Accounts Receivable", "Head of Finance", "Head of Sales", "Logistics Coordinator",
        "Product Manager"};

    /** Base name, legal suffix, suffix variant, city, country, sales region. */
    private static final String[][] CUSTOMERS = {
        {"Brightwater Logistics", "Ltd", "Limited", "Hamburg", "Germany", "North"},
        {"Nordlicht Energie", "AG", "Aktiengesellschaft", "Bremen", "Germany", "North"},
        {"Alpenglow Foods", "GmbH", "G.m.b.H.", "Munich", "Germany", "South"},
        {"Corvid Systems", "Corp.", "Corporation", "Vienna", "Austria", "East"},
        {"Meridian Marine", "B.V.", "BV", "Rotterdam", "Netherlands", "West"},
        {"Silverline Pharma", "AG", "Aktiengesellschaft", "Basel", "Switzerland", "South"},
        {"Oakridge Machinery", "Inc.", "Incorporated", "Dublin", "Ireland", "West"},
        {"Bluestone Chemicals", "S.A.", "SA", "Lyon", "France", "West"},
        {"Falkenberg Automotive", "GmbH", "G.m.b.H.", "Ingolstadt", "Germany", "South"},
        {"Harborview Shipping", "A/S", "AS", "Copenhagen", "Denmark", "North"},
        {"Ironbark Mining", "Ltd", "Limited", "Leeds", "United Kingdom", "West"},
        {"Juniper Textiles", "S.p.A.", "SpA", "Milan", "Italy", "South"},
        {"Lumen Optics", "GmbH", "G.m.b.H.", "Jena", "Germany", "East"},
        {"Maple Leaf Packaging", "Inc.", "Incorporated", "Antwerp", "Belgium", "West"},
        {"Northgate Utilities", "plc", "PLC", "Manchester", "United Kingdom", "West"},
        {"Orion Aerospace", "S.A.S.", "SAS", "Toulouse", "France", "South"},
        {"Pinecrest Brewing", "GmbH", "G.m.b.H.", "Dresden", "Germany", "East"},
        {"Quarry Hill Construction", "Ltd", "Limited", "Glasgow", "United Kingdom", "North"},
        {"Redwood Paper", "AB", "Aktiebolag", "Gothenburg", "Sweden", "North"},
        {"Saltmarsh Aquaculture", "AS", "A/S", "Bergen", "Norway", "North"},
        {"Tidewater Ports", "N.V.", "NV", "Ghent", "Belgium", "West"},
        {"Vantage Robotics", "Corp.", "Corporation", "Prague", "Czech Republic", "East"},
        {"Westwind Agriculture", "Kft.", "Kft", "Budapest", "Hungary", "East"},
        {"Yellowstone Ceramics", "S.r.l.", "Srl", "Bologna", "Italy", "South"},
        {"Zephyr HVAC", "Sp. z o.o.", "Sp. z.o.o.", "Wroclaw", "Poland", "East"},
        {"Copperfield Electric", "Inc.", "Incorporated", "Cork", "Ireland", "West"},
        {"Greystone Medical", "GmbH", "G.m.b.H.", "Graz", "Austria", "East"},
        {"Halcyon Water", "Oy", "OY", "Helsinki", "Finland", "North"},
        {"Sunfield Dairy", "B.V.", "BV", "Utrecht", "Netherlands", "West"},
        {"Granite Peak Tools", "Corp.", "Corporation", "Zurich", "Switzerland", "South"},
    };

    private final List<Person> staff;
    private final List<Customer> customers;
    private final List<Product> products;

    private CompanyDirectory(List<Person> staff, List<Customer> customers, List<Product> products) {
        this.staff = List.copyOf(staff);
        this.customers = List.copyOf(customers);
        this.products = List.copyOf(products);
    }

    public static CompanyDirectory create(long seed) {
        Dice dice = Dice.stream(seed, "directory");
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < STAFF_ROLES.length; i++) {
            String first = FIRST[(i * 7 + dice.between(0, 2)) % FIRST.length];
            String last = LAST[(i * 11 + 3) % LAST.length];
            staff.add(new Person(first, last, mailName(first, last) + "@" + COMPANY_DOMAIN, STAFF_ROLES[i]));
        }
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS.length; i++) {
            String[] c = CUSTOMERS[i];
            String domain = c[0].toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
            String first = FIRST[dice.between(0, FIRST.length - 1)];
            String last = LAST[dice.between(0, LAST.length - 1)];
            Person contact = new Person(first, last, mailName(first, last) + "@" + domain,
                    dice.pickOf("Purchasing Manager", "Head of Operations", "Maintenance Lead", "Procurement Officer",
                            "Plant Manager", "Technical Director"));
            customers.add(new Customer("C-" + (1001 + i), c[0] + " " + c[1],
                    List.of(c[0] + " " + c[2], c[0]), domain, c[3], c[4], c[5], contact));
        }
        List<Product> products = List.of(
                new Product("KX-200", "KX-200 Pressure Pump", new BigDecimal("1240.00")),
                new Product("KX-350", "KX-350 Dosing Pump", new BigDecimal("2180.00")),
                new Product("AS-40", "AeroSeal Valve", new BigDecimal("385.00")),
                new Product("TL-9", "TorqueLine Actuator", new BigDecimal("960.00")),
                new Product("CF-12", "ClearFlow Filter Unit", new BigDecimal("540.00")),
                new Product("SQ-1", "SenseIQ Flow Sensor", new BigDecimal("275.00")),
                new Product("HL-5", "HydroLink Controller", new BigDecimal("3450.00")),
                new Product("DH-K", "DuraHose Kit", new BigDecimal("89.50")));
        return new CompanyDirectory(staff, customers, products);
    }

    private static String mailName(String first, String last) {
        return (first + "." + last).toLowerCase(Locale.ROOT);
    }

    public List<Customer> customers() {
        return customers;
    }

    public List<Product> products() {
        return products;
    }

    /**
     * Every organisation name the templates write: the company, its bank, and each customer's legal
     * name and variants. (The Hannover Messe in a memo is a trade fair, not an organisation.)
     */
    public List<String> organisationNames() {
        List<String> names = new ArrayList<>(List.of(COMPANY, BANK));
        for (Customer customer : customers) {
            names.add(customer.legalName());
            names.addAll(customer.nameVariants());
        }
        return List.copyOf(names);
    }

    public List<Person> staff() {
        return staff;
    }

    /** Staff members with the given role, in directory order. */
    public List<Person> staffWithRole(String role) {
        return staff.stream().filter(p -> p.role().equals(role)).toList();
    }

    public Person anyStaff(Dice dice, String role) {
        return dice.pick(staffWithRole(role));
    }

    public List<Customer> customersIn(String region) {
        return customers.stream().filter(c -> c.region().equals(region)).toList();
    }
}
