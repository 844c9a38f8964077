<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records, responsibilities and duty for a neighbourhood police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AccessControl</name>
    <message>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Application</name>
    <message>
        <source>There is no database at %1. Create it first with: stationctl --database %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not initialised. Create it first with: stationctl --database %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ArgumentParser</name>
    <message>
        <source>unknown option &quot;%1&quot; for %2; see %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AuditLog</name>
    <message>
        <source>The audit log&apos;s head row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved because it could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is missing: the log jumps from %2 to %3 (a row was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was edited: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: rows were replaced or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at row %1, but row %2 was recorded earlier as its head: rows were cut off the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 differs from the head recorded earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at row %1, but %2 rows were written: rows were cut off the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was not written by StationDesk: the log&apos;s head is row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not the row last written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt %1 driver (%2) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a StationDesk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DatabaseUrl</name>
    <message>
        <source>Invalid PostgreSQL URL &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL &quot;%1&quot; must name one database, as in postgresql://host/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PostgreSQL URL parameter &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use a SQLite file path or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoCommand</name>
    <message>
        <source>Fill an empty database with a fictional demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] demo

Adds a fictional station to an empty database (creating it if needed): its
people, leadership, party groups, squads, the ambush action team and the
community police offices with their areas. The data is the same on every run.
Refuses a database that already has people.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for stationctl demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the demo station %1: %2 people, %3 units, %4 community areas.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoStation</name>
    <message>
        <source>The demo station could not be built (step &quot;%1&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n people; the demo station is only added to an empty database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::Dialect</name>
    <message>
        <source>Could not configure the database connection (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; for the database does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a network filesystem, where SQLite cannot lock safely. Keep the file on a local disk, or use a shared PostgreSQL server for several desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable StationDesk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::InitCommand</name>
    <message>
        <source>Create the station database, or migrate it to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] init

Creates the station database if it does not exist, or brings an older one up
to the schema of this version, backing it up first. Running it again changes
nothing. Prints &quot;schema version N&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for stationctl init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up schema version %1 to %2 before migrating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Main</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk: records, responsibilities and duty for a neighbourhood police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database: a SQLite file path or postgresql://user@host:port/db. Default: $STATIONDESK_DATABASE, else a file in your application-data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-interface language: zh_CN or en. Default: from the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk could not open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>StationDesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MemberPickerModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MemberTableModel</name>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MessagePrompter</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Migrator</name>
    <message>
        <source>%1 already holds other data and is not a StationDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this StationDesk knows only up to version %3. Use a newer StationDesk; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OptionalDateEdit</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrganisationPage</name>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrganisationService</name>
    <message>
        <source>Enter the badge number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number &quot;%1&quot; may use only letters, digits and dashes (at most 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use an 11-digit mobile number or a landline with its area code, such as 020-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the person left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active person has no leaving date; deactivate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2. Choose another leader before deactivating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a unit named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the station and cannot be a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected leader no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the station and cannot lead a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader %1 must also be a member of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected parent unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside %2, so it cannot also be its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves %2 community areas; only a community police office can serve areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the area&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected office no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a community police office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area %1 is already served by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OutputFormat</name>
    <message>
        <source>unknown format &quot;%1&quot; for --format; use table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PasswordHasher</name>
    <message>
        <source>The cryptography library could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is on the list of commonly used passwords. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PeopleCommand</name>
    <message>
        <source>List the station&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] people list [options]

Lists the station&apos;s people, active people first, by badge number.

Options:
  --format table|csv|json  output format (default: table); CSV and JSON use
                           the keys badge_no, name, position, category,
                           phone, joined_on, left_on, active
  --search TEXT            only people whose name, badge number, position or
                           phone contains TEXT
  --active                 only people still at the station
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand for stationctl people; use: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; for stationctl people; use: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for stationctl people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PeoplePanel</name>
    <message>
        <source>Show people who &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected person left (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, badge no., position or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2. Choose another leader first, then deactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (badge no. %2) will be recorded as having left the station on the date below and removed from all units. Their records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reload the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Permission</name>
    <message>
        <source>View people and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit people and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal citizens&apos; identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register alerts and file on-scene records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign owners of tasks and assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft assessment score sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or return assessment score sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change station settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Person</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. community police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or area code-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Load the latest version? What you typed in this dialog will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PersonRepository</name>
    <message>
        <source>No person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PersonTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Role</name>
    <message>
        <source>Duty officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squad leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::RowVersion</name>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Your change was not saved: reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Sql</name>
    <message>
        <source>The database rejected &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed on &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::StationCtl</name>
    <message>
        <source>Usage: stationctl [--database URL] [--lang zh_CN|en] &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --database URL   a SQLite file path, or postgresql://user@host:port/dbname
                   (password and TLS the libpq way: PGPASSWORD, ~/.pgpass,
                   ?sslmode=require). Default: $STATIONDESK_DATABASE, else
                   %1
  --lang zh_CN|en  language of messages and table headings
  --version        show the version
  -h, --help       show this help; stationctl &lt;command&gt; --help for a command

Exit status: 0 done, 1 the operation failed, 2 the command line is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang; use zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 translation in this build; continuing in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see stationctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::StationSettings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TableWriter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Transaction</name>
    <message>
        <source>The database connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Unit</name>
    <message>
        <source>Station leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community police office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, badge or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Load the latest version? What you chose in this dialog will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UnitRepository</name>
    <message>
        <source>No unit with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community area with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UnitTreeModel</name>
    <message>
        <source>(no leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UnitsCommand</name>
    <message>
        <source>List the station&apos;s units with their leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] units list [options]

Lists the units: the leadership, party groups, squads, action teams and
community police offices, each with its leader, parent unit, number of
members and, for offices, the community areas it serves.

Options:
  --format table|csv|json  output format (default: table); CSV and JSON use
                           the keys kind, name, leader_badge, leader_name,
                           parent, members, areas
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand for stationctl units; use: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; for stationctl units; use: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for stationctl units list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UnitsPanel</name>
    <message>
        <source>Community areas served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected unit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;rea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected area (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add community area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community area served by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove community area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the areas this office serves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
