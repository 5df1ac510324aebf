-- Guichet schema, version 24 (PostgreSQL): an agent lists only the agents of its own
-- organisation, the CNOPS's agents all of them, as for persons. Every purpose reads a few columns
-- of agents (0003: names on timelines and queues; 0007: whether a supervisor deposits), and
-- without this a mutuelle's agent listed every other mutuelle's staff. The functions that sign
-- in and stamp rows read agents as the owner, whom the policy does not bind.
ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
CREATE POLICY agents_by_organisation ON agents
    USING ((SELECT guichet_agent_sees_all()) OR organisation_id = (SELECT guichet_agent_organisation()));
