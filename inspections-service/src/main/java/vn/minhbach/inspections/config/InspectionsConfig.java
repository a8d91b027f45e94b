package vn.minhbach.inspections.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the inspections service. */
@ConfigMapping(prefix = "minhbach.inspections")
public interface InspectionsConfig {

    /** How often overdue recommendations are looked for ({@code off} disables the job). */
    @WithDefault("1h")
    String overdueCheckEvery();

    /** Consumer name under which petition events are de-duplicated. */
    @WithDefault("inspections-leads")
    String leadsConsumer();
}
