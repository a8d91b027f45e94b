package vn.minhbach.programs.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of programs-service ({@code minhbach.programs.*}). */
@ConfigMapping(prefix = "minhbach.programs")
public interface ProgramsConfig {

    /** How often overdue tasks are looked for (the scheduler reads the same key). */
    @WithDefault("1h")
    String overdueCheck();

    /** Days after a recurring period's last day within which its progress report is on time. */
    @WithDefault("10")
    int reportDueDays();
}
