package cn.fuwukuaiche.network.control;

/**
 * Fired (synchronously, inside the transaction) when an agent hands a case up (上交); the inbox tells the agents of
 * the node it now lies at (工作台: the case to accept appears on their open workbench).
 *
 * @param caseId     the {@code ServiceCase}
 * @param toNodeId   the node above, where it lies now
 * @param caseNumber its number as people read it
 * @param item       the service it is for
 */
public record CaseHandedUp(long caseId, long toNodeId, String caseNumber, String item) {
}
