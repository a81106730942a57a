/**
 * The month's ranking: {@code RankingLoader} reads a month in a few small queries and one grouped query over
 * the ratings (through {@code RankingSqlRunner}: JPA in the server, JDBC in the benchmark), {@code RankingCalculator}
 * scores every window or person with the scheme engine and ranks them with {@code base.ranking.CompetitionRanking}.
 */
package cn.fuwukuaiche.evaluation.control.ranking;
