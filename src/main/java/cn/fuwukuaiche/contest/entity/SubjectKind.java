package cn.fuwukuaiche.contest.entity;

/**
 * Whom a contest result or a judge's score is about: a participant (a staff member, the subject's id is the staff
 * id) or a team (a window in a team contest, the subject's id is the window id).
 */
public enum SubjectKind {
    PARTICIPANT, TEAM
}
