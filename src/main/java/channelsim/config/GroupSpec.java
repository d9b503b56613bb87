package channelsim.config;

/** One origin group of migrants and its attributes (see {@link ParameterRegistry#GROUP_ATTRIBUTES}). */
public record GroupSpec(String name, double share, double returnAgreement, double ukLinks,
                        double grantRate, double firstEntryRecord) implements java.io.Serializable {

    public double get(String attribute) {
        return switch (attribute) {
            case "share" -> share;
            case "return_agreement" -> returnAgreement;
            case "uk_links" -> ukLinks;
            case "grant_rate" -> grantRate;
            case "first_entry_record" -> firstEntryRecord;
            default -> throw new IllegalArgumentException("unknown group attribute " + attribute);
        };
    }

    public GroupSpec with(String attribute, double v) {
        return switch (attribute) {
            case "share" -> new GroupSpec(name, v, returnAgreement, ukLinks, grantRate, firstEntryRecord);
            case "return_agreement" -> new GroupSpec(name, share, v, ukLinks, grantRate, firstEntryRecord);
            case "uk_links" -> new GroupSpec(name, share, returnAgreement, v, grantRate, firstEntryRecord);
            case "grant_rate" -> new GroupSpec(name, share, returnAgreement, ukLinks, v, firstEntryRecord);
            case "first_entry_record" -> new GroupSpec(name, share, returnAgreement, ukLinks, grantRate, v);
            default -> throw new IllegalArgumentException("unknown group attribute " + attribute);
        };
    }
}
